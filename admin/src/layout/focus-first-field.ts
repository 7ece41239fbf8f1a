const FIELDS = 'textarea:not([aria-hidden="true"]), input:not([type="hidden"]):not([aria-hidden="true"]), [role="combobox"]';

/**
 * Dialog transition props that put the keyboard on the dialog's first field once it has opened.
 * MUI's focus trap focuses the dialog itself as it opens, which in a real browser wins over the
 * field's own autoFocus; a keyboard user would otherwise have to Tab before typing. A field the
 * person already clicked into keeps the focus.
 */
export function focusFirstFieldOnEntered() {
  return {
    onEntered: (node: HTMLElement) => {
      const active = node.ownerDocument.activeElement;
      if (active && node.contains(active) && active.matches(FIELDS)) return;
      node.querySelector<HTMLElement>(FIELDS)?.focus();
    },
  };
}
