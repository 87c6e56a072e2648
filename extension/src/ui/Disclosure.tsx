import type { ComponentChildren } from 'preact';

interface Props {
  /** Shown as the summary; the control the keyboard reaches (Enter or Space opens and closes). */
  summary: ComponentChildren;
  open: boolean;
  onToggle: (open: boolean) => void;
  children: ComponentChildren;
  class?: string;
  /** For tests and styling: which disclosure this is. */
  name: string;
}

/** A part of a page that opens on demand (native <details>, so keyboard and screen readers know it). */
export function Disclosure({ summary, open, onToggle, children, class: className, name }: Props) {
  return (
    <details
      class={`disclosure${className ? ` ${className}` : ''}`}
      open={open}
      data-disclosure={name}
      onToggle={(e) => onToggle(e.currentTarget.open)}
    >
      {/* No focus change on a mouse press: text selected in the clip stays selected to be marked. */}
      <summary onMouseDown={(e) => e.preventDefault()}>{summary}</summary>
      <div class="disclosure-body">{children}</div>
    </details>
  );
}
