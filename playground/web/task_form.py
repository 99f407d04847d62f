"""A task's fields as a form: one hidden group of inputs per task, the picked task's group shown.

Shared by the Compare and Arena tabs, which both build a prompt from a task's fields
(:meth:`playground.features.tasks.Task.build_messages`) and pass every field input to their handlers
as one flat list; :meth:`TaskForms.fields_from` reads the picked task's values back out of it.
"""

from __future__ import annotations

import gradio as gr

from playground.features.tasks import TASKS


class TaskForms:
    """Inputs for every task's fields, grouped per task; render inside the current Blocks."""

    def __init__(self, elem_prefix: str, hints: bool = True):
        self.groups: dict[str, gr.Group] = {}
        self.inputs: dict[str, dict[str, gr.components.Component]] = {}
        for task in TASKS.values():
            with gr.Group(visible=False, elem_id=f"{elem_prefix}-{task.name}") as group:
                inputs = {}
                for f in task.fields:
                    label = f.label if f.required else f"{f.label} (optional)"
                    if f.choices:
                        inputs[f.name] = gr.Dropdown(choices=list(f.choices), value=None, allow_custom_value=True,
                                                     label=label, info=(f.placeholder or None) if hints else None)
                    else:
                        inputs[f.name] = gr.Textbox(label=label, placeholder=f.placeholder, max_length=f.max_chars,
                                                    lines=3 if f.multiline else 1)
            self.groups[task.name] = group
            self.inputs[task.name] = inputs
        self.all_inputs = [c for inputs in self.inputs.values() for c in inputs.values()]

    def visibility(self, task_name: str) -> list:
        """Updates that show the task's group and hide the others (all hidden for the free prompt)."""
        return [gr.update(visible=name == task_name) for name in self.groups]

    def fields_from(self, task_name: str, values: list) -> dict:
        """The task's field values out of the flat list of every field input (``all_inputs`` order)."""
        flat = dict(zip([(t, f) for t, inputs in self.inputs.items() for f in inputs], values))
        return {f: flat[(task_name, f)] for f in self.inputs.get(task_name, {})}

    def fill(self, task_name: str, fields: dict) -> list:
        """Updates for ``all_inputs`` that set the task's fields named in ``fields`` and leave the rest."""
        return [gr.update(value=str(fields[f])) if t == task_name and f in fields else gr.update()
                for t, inputs in self.inputs.items() for f in inputs]
