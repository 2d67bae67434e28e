import { ImageResponse } from "next/og";
import { APP_ICON_SIZES, THEME_COLOR } from "@/lib/navigation/web-app";

// The portal's icon, drawn rather than stored: a shield with a check on the brand colour, in the
// sizes an installed web app and a browser tab ask for (/icon/192, /icon/512).
export function generateImageMetadata() {
  return APP_ICON_SIZES.map((size) => ({
    id: String(size),
    size: { width: size, height: size },
    contentType: "image/png",
  }));
}

export default async function Icon({ id }: { id: Promise<string | number> }) {
  const size = Number(await id);
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        alignItems: "center",
        justifyContent: "center",
        background: THEME_COLOR,
      }}
    >
      <svg width={size * 0.62} height={size * 0.62} viewBox="0 0 24 24" fill="none">
        <path d="M12 2 4 5v6c0 5 3.4 9.4 8 11 4.6-1.6 8-6 8-11V5l-8-3Z" fill="#ffffff" />
        <path
          d="m8.5 12 2.5 2.5 4.5-5"
          stroke={THEME_COLOR}
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
    </div>,
    { width: size, height: size },
  );
}
