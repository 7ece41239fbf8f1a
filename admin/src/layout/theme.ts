import { defaultTheme, type RaThemeOptions } from 'react-admin';

/**
 * react-admin's default theme with colours that pass WCAG 2.2 AA contrast: NHS blue (#005EB8, 5.9:1
 * with white) for the app bar and primary buttons.
 */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: { ...defaultTheme.palette, primary: { main: '#005EB8', contrastText: '#ffffff' }, secondary: { main: '#003087', contrastText: '#ffffff' } },
  components: {
    ...defaultTheme.components,
    MuiAppBar: { defaultProps: { color: 'primary' } },
  },
};
