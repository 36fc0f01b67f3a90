// Browser-side test helpers: pages that record CSP violations, and axe-core injected into a page.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

declare global {
  interface Window {
    cspViolations: string[];
    axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> };
  }
}

interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: { target: string[] }[];
}

/** A new page that records every Content Security Policy violation, from before the first script runs. */
export async function newPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return page;
}

export const cspViolations = (page: Page): Promise<string[]> => page.evaluate(() => window.cspViolations);

/** Every axe-core finding, whatever its impact, with every <details> opened so hidden text is checked too. */
export async function a11yViolations(page: Page): Promise<string[]> {
  // evaluate() is the DevTools protocol, not a page script, so the page's CSP does not block it.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    document.querySelectorAll('details').forEach((d) => (d.open = true));
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
