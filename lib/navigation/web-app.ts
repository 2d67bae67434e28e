/** The installed web app's colour (browser bar, splash screen): the brand blue of globals.css. */
export const THEME_COLOR = "#1d4ed8";
export const BACKGROUND_COLOR = "#f8fafc";

/** Icon sizes an installable app needs: 192 for the home screen, 512 for the splash screen. */
export const APP_ICON_SIZES = [192, 512] as const;

/** Where an installed app's icon and manifest are served; public, as browsers fetch them without a session. */
export const WEB_APP_PATHS = ["/manifest.webmanifest", "/icon", "/apple-icon"] as const;
