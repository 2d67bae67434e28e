/** The asterisk after a required field's label; the field's `required` tells screen readers. */
export function RequiredMark() {
  return (
    <span aria-hidden="true" className="text-red-700">
      {" "}
      *
    </span>
  );
}
