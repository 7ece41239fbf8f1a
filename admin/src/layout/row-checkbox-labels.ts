/**
 * react-admin 5.15 puts a list row's "Select this row" label on the checkbox's wrapper instead of the
 * checkbox itself, so screen readers announce an unlabelled checkbox (axe: `label`,
 * `aria-prohibited-attr`). Until it is fixed there, this moves each label onto the input, naming the
 * row's record when the row shows one.
 */
export function labelRowCheckboxes(root: ParentNode & Node = document): () => void {
  const fix = () => {
    for (const wrapper of Array.from(root.querySelectorAll<HTMLElement>('.RaDatagrid-checkbox[aria-label]'))) {
      const input = wrapper.querySelector('input[type="checkbox"]');
      if (!input) continue;
      const row = wrapper.closest('tr');
      const name = row?.querySelector('td:nth-child(2)')?.textContent?.trim();
      input.setAttribute('aria-label', name ? `Select ${name}` : wrapper.getAttribute('aria-label')!);
      wrapper.removeAttribute('aria-label');
    }
  };
  fix();
  const observer = new MutationObserver(fix);
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
