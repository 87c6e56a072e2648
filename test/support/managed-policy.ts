import { createHash, randomUUID } from 'node:crypto';
import { cp, mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where Debian's Chromium reads mandatory policies (every *.json file in it, merged). */
export const CHROMIUM_POLICY_DIR = process.env.CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';

/**
 * The id Chromium gives an unpacked extension without a manifest `key`: the SHA-256 of its
 * absolute path (symlinks resolved), first 16 bytes, each hex digit written as a letter a–p.
 */
export function unpackedExtensionId(absolutePath: string): string {
  const hex = createHash('sha256').update(absolutePath).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

export interface PolicyInstall {
  /** The private copy of the build, and the id Chromium will give it. */
  extensionDir: string;
  extensionId: string;
  /** Writes (or replaces) the policy for this copy's id only. */
  write(policy: Record<string, unknown>): Promise<void>;
  /** Removes the policy file and the copy; safe to call twice. */
  remove(): Promise<void>;
}

/**
 * A copy of a build in a fresh temporary folder, so its id is unique and a policy written for it
 * reaches no other test's extension (they run in parallel from the shared build folder).
 */
export async function installPolicyFor(buildDir: string): Promise<PolicyInstall> {
  const extensionDir = await realpath(await mkdtemp(join(tmpdir(), 'vertelpunt-managed-')));
  await cp(buildDir, extensionDir, { recursive: true });
  const extensionId = unpackedExtensionId(extensionDir);
  const file = join(CHROMIUM_POLICY_DIR, `vertelpunt-e2e-${randomUUID()}.json`);
  return {
    extensionDir,
    extensionId,
    async write(policy) {
      await mkdir(CHROMIUM_POLICY_DIR, { recursive: true });
      await writeFile(file, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: policy } } }, null, 2));
    },
    async remove() {
      await rm(file, { force: true });
      await rm(extensionDir, { recursive: true, force: true });
    },
  };
}
