import { execFileSync } from 'node:child_process';

/**
 * The Chromium of one profile, to kill the hard way (SIGKILL: no shutdown, no flush) as a crash
 * does. The browser process is the one started with this user data dir that is not a child
 * process (children carry --type=...). Looked up before the moment of the kill, so the kill
 * itself is one system call.
 */
export function browserPidOfProfile(userDataDir: string): number {
  const lines = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  const browser = lines.find((line) => line.includes(`--user-data-dir=${userDataDir}`) && !line.includes('--type='));
  if (!browser) throw new Error(`no browser process for ${userDataDir}`);
  return Number(browser.trim().split(/\s+/)[0]);
}
