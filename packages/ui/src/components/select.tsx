import * as React from "react";
import { NativeSelect } from "./native-select.tsx";

// The Radix-style compound API (Select > SelectTrigger + SelectContent > SelectItem), drawn as
// one native <select>, so it gets the browser's keyboard handling, phone pickers and
// accessibility (see NativeSelect). Select reads its parts from its children: the
// trigger's props go on the <select>, each SelectItem becomes an <option>. SelectValue is
// informational (the browser shows the chosen option). New code can use NativeSelect directly.

export interface SelectProps {
  value?: string;
  defaultValue?: string;
  onValueChange?: (value: string) => void;
  disabled?: boolean;
  name?: string;
  required?: boolean;
  children: React.ReactNode;
}

type TriggerProps = Omit<React.ComponentProps<typeof NativeSelect>, "children" | "value"> & {
  children?: React.ReactNode;
};

interface Option {
  value: string;
  label: React.ReactNode;
  disabled?: boolean;
}

function collect(children: React.ReactNode, found: { trigger?: TriggerProps; options: Option[] }) {
  React.Children.forEach(children, (child) => {
    if (!React.isValidElement(child)) return;
    const props = child.props as { children?: React.ReactNode };
    if (child.type === SelectTrigger) {
      found.trigger = props as TriggerProps;
    } else if (child.type === SelectItem) {
      const item = props as SelectItemProps;
      found.options.push({ value: item.value, label: item.children, disabled: item.disabled });
    } else if (child.type === SelectContent || child.type === SelectGroup) {
      collect(props.children, found);
    }
  });
}

export function Select({
  value,
  defaultValue,
  onValueChange,
  disabled,
  name,
  required,
  children,
}: SelectProps) {
  const found: { trigger?: TriggerProps; options: Option[] } = { options: [] };
  collect(children, found);
  const { children: _shownValue, ...trigger } = found.trigger ?? {};
  return (
    <NativeSelect
      {...trigger}
      value={value}
      defaultValue={defaultValue}
      disabled={disabled || trigger.disabled}
      name={name}
      required={required}
      onChange={(event) => onValueChange?.(event.target.value)}
    >
      {found.options.map((option) => (
        <option key={option.value} value={option.value} disabled={option.disabled}>
          {option.label}
        </option>
      ))}
    </NativeSelect>
  );
}

/** Its props (id, aria-label, className, size) become the <select>'s. */
export function SelectTrigger(_props: TriggerProps): React.ReactNode {
  return null;
}

/** The native control shows the chosen option itself; kept for API compatibility. */
export function SelectValue(_props: { children?: React.ReactNode; placeholder?: string }) {
  return null;
}

export function SelectContent(_props: { children?: React.ReactNode; className?: string }) {
  return null;
}

export function SelectGroup(_props: { children?: React.ReactNode }) {
  return null;
}

export interface SelectItemProps {
  value: string;
  disabled?: boolean;
  children?: React.ReactNode;
  className?: string;
}

export function SelectItem(_props: SelectItemProps): React.ReactNode {
  return null;
}
