/**
 * An unused file input still posts one empty part; it means "no file", not an empty file. Its name
 * is "" in the browser, but after Next decodes a server action's multipart body it reads "undefined".
 */
export function isBlankPart(value: unknown): boolean {
  return (
    value instanceof Blob && value.size === 0 && (!("name" in value) || value.name === "" || value.name === "undefined")
  );
}
