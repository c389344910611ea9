/** The host page colours of the preview, which the contrast checks also assume where a colour is not set. */
export const HOST_PAGES = {
  light: { background: '#ffffff', text: '#1f2328' },
  dark: { background: '#16181d', text: '#e8e8e8' },
} as const;
export type HostScheme = keyof typeof HOST_PAGES;
