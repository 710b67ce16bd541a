import {
  LANGUAGE_TAGS,
  translate,
  type MessageKey,
  type MessageLocale,
} from '../../content/messages';

/** The renderer's current language; every `t()` call re-renders when it changes. */
class LocaleState {
  current = $state<MessageLocale>('nb');
}

export const locale = new LocaleState();

export function t(key: MessageKey, params?: Readonly<Record<string, string | number>>): string {
  return translate(locale.current, key, params);
}

export function setLocale(next: MessageLocale): void {
  locale.current = next;
  document.documentElement.lang = LANGUAGE_TAGS[next];
}
