"use client";

// Shown when the root layout itself fails, so no translations are loaded: both languages at once.
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "3rem", textAlign: "center" }}>
        <h1>系统出错了 · Something went wrong</h1>
        <p>请稍后重试。 · Please try again in a moment.</p>
        <button type="button" onClick={reset}>
          重试 · Retry
        </button>
      </body>
    </html>
  );
}
