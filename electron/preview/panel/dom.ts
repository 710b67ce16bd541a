/** Small DOM builders for the dev panel, which is plain DOM beside the Svelte renderer. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

export function section(title: string, id: string): { root: HTMLElement; body: HTMLElement } {
  const root = element('section', { 'aria-labelledby': id, class: 'pust-dev-panel__section' });
  root.append(element('h2', { id, class: 'pust-dev-panel__heading' }, title));
  const body = element('div');
  root.append(body);
  return { root, body };
}
