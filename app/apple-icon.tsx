import Icon from "./icon";

// iOS home screens take one 180 px icon from <link rel="apple-touch-icon">.
export const size = { width: 180, height: 180 };
export const contentType = "image/png";

export default function AppleIcon() {
  return Icon({ id: Promise.resolve(180) });
}
