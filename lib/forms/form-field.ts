/** A text field of a submitted form; "" when the field is absent or is a file. */
export function formField(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}
