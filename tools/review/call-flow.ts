// The phone menu as a Mermaid flowchart, from content/menus.ts: menus, keys, topics, transfers and the keys that
// work on every screen. The README holds the same diagram; a test fails when it is stale.

import {
  GLOBAL_KEYS,
  MENUS,
  MENU_IDS,
  RESOURCES,
  canTransfer,
  prompt,
  renderDisplay,
  resourceShortName,
  topicTitle,
  type MenuAction,
  type MenuId,
} from '../../content/index.js';

/** What each key that works everywhere does; typed by GLOBAL_KEYS, so a new global key must be described here. */
const GLOBAL_KEY_LABELS: Readonly<Record<keyof typeof GLOBAL_KEYS, string>> = {
  hotline: 'the hotline (transfer)',
  repeat: 'repeat',
  switchLanguage: 'English / Spanish',
  mainMenu: 'main menu',
  back: 'back one menu',
};

const upper = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
/** Mermaid reads quotes and a few signs inside labels; its own entity codes keep them as text. */
const label = (s: string): string =>
  `"${s.replace(/&/g, '#amp;').replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;')}"`;
const en = (key: string): string => renderDisplay(prompt('en-US', key));

const menuNode = (id: MenuId): string => `menu_${id}`;

function target(action: MenuAction): { id: string; node: string } {
  switch (action.kind) {
    case 'menu':
      return { id: menuNode(action.menuId), node: '' };
    case 'topic': {
      const id = `topic_${action.topicId}`;
      return { id, node: `${id}(${label(upper(renderDisplay(topicTitle('en-US', action.topicId))))})` };
    }
    case 'transfer': {
      const id = `transfer_${action.resourceId}`;
      const name = renderDisplay(resourceShortName('en-US', action.resourceId));
      // The menu offers it only once its number is confirmed (ivr/flow.ts menuChoices).
      const when = canTransfer(RESOURCES[action.resourceId]) ? '' : ', once its number is confirmed';
      return { id, node: `${id}[[${label(`Transfer: ${name}${when}`)}]]` };
    }
    case 'resources': {
      const id = `list_${action.listId}`;
      return { id, node: `${id}(${label(upper(en(`resourceList.${action.listId}.title`)))})` };
    }
  }
}

export function callFlowMermaid(): string {
  const lines = ['flowchart LR'];
  lines.push(`  call(${label('Call starts: 911 notice, language offer')}) --> ${menuNode('main')}`);
  for (const id of MENU_IDS) {
    const title = id === 'main' ? 'Main menu' : `Menu: ${en(`menu.${id}.title`)}`;
    lines.push(`  ${menuNode(id)}[${label(title)}]`);
  }
  const declared = new Set<string>();
  for (const id of MENU_IDS) {
    for (const choice of MENUS[id].choices) {
      const t = target(choice.action);
      const node = t.node && !declared.has(t.id) ? t.node : t.id;
      declared.add(t.id);
      lines.push(`  ${menuNode(id)} -->|${label(choice.key)}| ${node}`);
    }
  }
  lines.push(`  subgraph everywhere[${label('Keys on every screen')}]`);
  for (const [name, key] of Object.entries(GLOBAL_KEYS) as [keyof typeof GLOBAL_KEYS, string][]) {
    lines.push(`    key_${name}[${label(`${key}: ${GLOBAL_KEY_LABELS[name]}`)}]`);
  }
  lines.push('  end');
  const hotline = target({ kind: 'transfer', resourceId: 'traffickingHotline' });
  lines.push(`  key_hotline --> ${declared.has(hotline.id) ? hotline.id : hotline.node}`);
  lines.push(`  key_mainMenu --> ${menuNode('main')}`);
  return `${lines.join('\n')}\n`;
}

/** The README with its ```mermaid block replaced by the current diagram; it must have one. */
export function withMermaidBlock(readme: string): string {
  const block = /```mermaid\n[\s\S]*?```/;
  if (!block.test(readme)) {
    throw new Error('README.md has no ```mermaid block for the call flow: add an empty one under "The call flow".');
  }
  return readme.replace(block, () => `\`\`\`mermaid\n${callFlowMermaid()}\`\`\``);
}
