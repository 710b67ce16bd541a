/**
 * The only places Pust will open in the system browser: the guidance it cites and DFØ's free
 * courses. Everything else is refused, so a link injected into content cannot send the person
 * anywhere.
 */
export const EXTERNAL_LINK_HOSTS: readonly string[] = [
  'dfo.no',
  'www.dfo.no',
  'arbeidsgiver.dfo.no',
  'lovdata.no',
];

export function isAllowedExternalLink(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    EXTERNAL_LINK_HOSTS.includes(parsed.hostname)
  );
}
