import { execFileSync } from 'node:child_process';

/**
 * Kills the Chromium of one profile the hard way (SIGKILL: no shutdown, no flush), as a crash
 * or a power cut does. The browser process is the one started with this user data dir that is
 * not a child process (children carry --type=...).
 */
export function killBrowserOfProfile(userDataDir: string): number {
  const lines = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  const browser = lines.find((line) => line.includes(`--user-data-dir=${userDataDir}`) && !line.includes('--type='));
  if (!browser) throw new Error(`no browser process for ${userDataDir}`);
  const pid = Number(browser.trim().split(/\s+/)[0]);
  process.kill(pid, 'SIGKILL');
  return pid;
}
