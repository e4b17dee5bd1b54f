/**
 * The API's messages name the field they are about ("body: Answers are limited to 20,000
 * characters"), which suits API clients. On screen the field is the one the person is looking
 * at, so the name is dropped: "Answers are limited to 20,000 characters".
 */
export function humanMessage(message: string): string {
  const text = message.replace(/(^|;\s+)[A-Za-z]\w*(\.\w+)*:\s+/g, "$1").trim();
  if (text === "") return message;
  const capitalised = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?…]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}
