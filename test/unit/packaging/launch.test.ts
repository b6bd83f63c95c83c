import { mkdirSync, mkdtempSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchMessage, launchTarget, parseLaunchArgs, parseLinkFile } from '../../../electron/main/launch';

const io = { readText: (p: string) => readFileSync(p, 'utf8'), exists: existsSync, confirmNetwork: () => true };

describe('launch arguments', () => {
  it('takes a .calreg file that Explorer passes after the executable', () => {
    expect(parseLaunchArgs(['C:\\Program Files\\CAL Register\\CAL Register.exe', 'D:\\Klienci\\Acme.calreg'])).toEqual({ linkFile: 'D:\\Klienci\\Acme.calreg', registerDir: null });
  });

  it('ignores Chromium switches a second instance carries and finds the link among them', () => {
    const argv = ['/opt/CAL Register/cal-register', '--allow-file-access-from-files', '--original-process-start-time=1337', '/home/ola/Acme.CALREG'];
    expect(parseLaunchArgs(argv).linkFile).toBe('/home/ola/Acme.CALREG');
  });

  it('a development start (electron .) asks for nothing', () => {
    expect(parseLaunchArgs(['/repo/node_modules/electron/dist/electron', '.'])).toEqual({ linkFile: null, registerDir: null });
    expect(parseLaunchArgs(['/repo/node_modules/electron/dist/electron', 'out/main/index.js'])).toEqual({ linkFile: null, registerDir: null });
  });

  it('accepts --register <dir> and --register=<dir>', () => {
    expect(parseLaunchArgs(['app', '--register', '/data/acme']).registerDir).toBe('/data/acme');
    expect(parseLaunchArgs(['app', '--register=/data/acme']).registerDir).toBe('/data/acme');
    expect(parseLaunchArgs(['app', '--register', '--inspect']).registerDir).toBeNull();
  });

  it('the executable itself is never taken for a link file, even if renamed to .calreg', () => {
    expect(parseLaunchArgs(['odd.calreg']).linkFile).toBeNull();
  });
});

describe('link files', () => {
  it('a relative folder is found beside the link file', () => {
    expect(parseLinkFile('{ "register": "acme" }', '/clients/acme.calreg')).toEqual({ ok: true, registerDir: resolve('/clients', 'acme'), network: false });
  });

  it('an absolute folder is taken as written, and a Notepad BOM is tolerated', () => {
    expect(parseLinkFile('\uFEFF{"register":"/srv/registers/acme"}', '/x/a.calreg')).toEqual({ ok: true, registerDir: '/srv/registers/acme', network: false });
  });

  it('a file that is not JSON, or names no folder, is refused with the reason', () => {
    expect(parseLinkFile('register=acme', '/x/a.calreg')).toEqual({ ok: false, reason: 'not-json' });
    expect(parseLinkFile('{"folder":"acme"}', '/x/a.calreg')).toEqual({ ok: false, reason: 'no-register' });
    expect(parseLinkFile('{"register":"  "}', '/x/a.calreg')).toEqual({ ok: false, reason: 'no-register' });
  });

  it('a link to a folder holding a register opens it; a link to an empty folder says so', () => {
    const base = mkdtempSync(join(tmpdir(), 'calreg-'));
    mkdirSync(join(base, 'acme'));
    writeFileSync(join(base, 'acme', 'register.json'), '{}');
    writeFileSync(join(base, 'acme.calreg'), '{"register":"acme"}');
    writeFileSync(join(base, 'empty.calreg'), '{"register":"nothing-here"}');
    expect(launchTarget({ linkFile: join(base, 'acme.calreg'), registerDir: null }, io)).toEqual({ dir: join(base, 'acme') });
    expect(launchTarget({ linkFile: join(base, 'empty.calreg'), registerDir: null }, io)).toEqual({ error: 'missing', params: { dir: join(base, 'nothing-here') } });
    expect(launchTarget({ linkFile: join(base, 'gone.calreg'), registerDir: null }, io)).toEqual({ error: 'unreadable', params: { file: join(base, 'gone.calreg') } });
    expect(launchTarget({ linkFile: null, registerDir: null }, io)).toBeNull();
  });

  it('a link to a folder on another computer is opened only at the user\'s word, asked before the folder is touched', () => {
    const base = mkdtempSync(join(tmpdir(), 'calreg-'));
    const link = join(base, 'client.calreg');
    const touched: string[] = [];
    const asked: string[] = [];
    const answering = (answer: boolean) => ({
      readText: (p: string) => readFileSync(p, 'utf8'),
      exists: (p: string) => (touched.push(p), false),
      confirmNetwork: (dir: string, file: string) => (asked.push(`${file} → ${dir}`), answer),
    });
    for (const folder of ['\\\\attacker\\share\\reg', '//attacker/share/reg', '\\\\?\\UNC\\attacker\\reg']) {
      writeFileSync(link, JSON.stringify({ register: folder }));
      expect(parseLinkFile(JSON.stringify({ register: folder }), link)).toMatchObject({ ok: true, network: true });
      expect(launchTarget({ linkFile: link, registerDir: null }, answering(false))).toBeNull();
      expect(touched).toEqual([]);
    }
    expect(asked).toHaveLength(3);
    // Confirmed, it is looked at as any other folder.
    expect(launchTarget({ linkFile: link, registerDir: null }, answering(true))).toMatchObject({ error: 'missing' });
    expect(touched).toHaveLength(1);
    // A folder on this computer is opened without a question.
    writeFileSync(link, '{"register":"acme"}');
    launchTarget({ linkFile: link, registerDir: null }, answering(false));
    expect(asked).toHaveLength(4);
    expect(launchMessage('pl', 'network', { file: 'a.calreg', dir: '\\\\srv\\x' })).toContain('na innym komputerze');
  });

  it('the messages about a bad link exist in English and Polish with the file named', () => {
    expect(launchMessage('en', 'not-json', { file: 'a.calreg' })).toContain('a.calreg');
    expect(launchMessage('pl', 'missing', { dir: '/x' })).toBe('W folderze /x nie ma rejestru (brak pliku register.json).');
  });
});
