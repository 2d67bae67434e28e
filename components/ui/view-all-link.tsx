import { Link } from "./link";

/**
 * Under a short list that shows the first rows of a longer one: the way to the whole list, shown only
 * when there is more than the short list holds.
 */
export function ViewAllLink({
  href,
  shown,
  total,
  children,
}: {
  href: string;
  shown: number;
  total: number;
  children: React.ReactNode;
}) {
  if (total <= shown) return null;
  return (
    <Link href={href} className="mt-2 inline-block text-sm text-brand-600 underline">
      {children}
    </Link>
  );
}
