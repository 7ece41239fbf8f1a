/**
 * @jest-environment jsdom
 */
// The focus moves in the very commit that draws its target: a click that adds a row leaves the focus
// in the new row's box before the click handler's caller reads it, with no animation frame between.
import { act, fireEvent, render } from '@testing-library/react';
import { useRef, useState } from 'react';
import { useFocusAfterRender } from './use-focus-after-render';

function Rows() {
  const [rows, setRows] = useState<number[]>([]);
  const [problem, setProblem] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const focusAfterRender = useFocusAfterRender();
  return (
    <>
      {problem && <div ref={summary} tabIndex={-1} data-testid="summary">Check the rows.</div>}
      {rows.map((n) => <input key={n} id={`row-${n}`} aria-label={`row ${n}`} />)}
      <button onClick={() => { setRows([...rows, rows.length]); focusAfterRender(`row-${rows.length}`); }}>Add</button>
      <button onClick={() => { setProblem(true); focusAfterRender(summary); }}>Fail</button>
      <button onClick={() => focusAfterRender('never-drawn')}>Nothing</button>
    </>
  );
}

test('a new row takes the focus in the commit that draws it', () => {
  const { getByText } = render(<Rows />);
  const raf = jest.spyOn(window, 'requestAnimationFrame');
  fireEvent.click(getByText('Add'));
  expect(document.activeElement?.id).toBe('row-0');
  fireEvent.click(getByText('Add'));
  expect(document.activeElement?.id).toBe('row-1');
  expect(raf).not.toHaveBeenCalled();
});

test('an error summary drawn by the same update takes the focus through its ref', () => {
  const { getByText, getByTestId } = render(<Rows />);
  fireEvent.click(getByText('Fail'));
  expect(document.activeElement).toBe(getByTestId('summary'));
});

test('a target that is never drawn leaves the focus where it was, and a later request still works', () => {
  const { getByText } = render(<Rows />);
  const nothing = getByText('Nothing');
  nothing.focus();
  fireEvent.click(nothing);
  expect(document.activeElement).toBe(nothing);
  act(() => fireEvent.click(getByText('Add')));
  expect(document.activeElement?.id).toBe('row-0');
});
