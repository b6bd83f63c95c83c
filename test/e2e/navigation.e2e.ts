import { describe, expect, it } from 'vitest';
import { useApp } from '../harness/app-fixture';
import { describeViolations, seriousAxeViolations } from '../harness/browser';
import { msg } from '../harness/messages';
import { AppShell, screenIds } from '../harness/pages/AppShell';

describe('navigation between the eight screens', () => {
  const app = useApp('nav');

  it.each(['en', 'pl'] as const)('every screen opens from the navigation with one title and no serious accessibility violations (%s)', async (language) => {
    const shell = new AppShell(app.page);
    if (language !== 'en') await shell.switchLanguage(language);
    const failures: string[] = [];
    for (const screen of screenIds) {
      await shell.goTo(screen);
      await shell.navigation(language).getByText(msg(language, `nav.${screen}`), { exact: true }).waitFor();
      await shell.screenHeading.waitFor();
      expect(await shell.screenHeading.count(), `${screen} has one h1`).toBe(1);
      const violations = await seriousAxeViolations(app.page);
      if (violations.length) failures.push(`${screen}:\n${describeViolations(violations)}`);
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });
});
