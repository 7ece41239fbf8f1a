import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';

// react-admin's English messages, in British English where they differ.
const british = {
  ...englishMessages,
  ra: {
    ...englishMessages.ra,
    action: { ...englishMessages.ra.action, unselect: 'Deselect' },
    auth: { ...englishMessages.ra.auth, sign_in: 'Sign in', logout: 'Sign out' },
  },
};

/** The dashboard's only language: British English (en-GB). */
export const i18nProvider = polyglotI18nProvider(() => british, 'en-GB', [{ locale: 'en-GB', name: 'English (UK)' }], { allowMissing: true });
