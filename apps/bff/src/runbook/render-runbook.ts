import type { Runbook, RunbookStep } from '@harborview/contracts/runbook';

import { COMPOSE_FILE } from './derive-runbook';

// Diff lines all start with ' ', '+', '-', '@' or '\', so no line of a patch can equal this delimiter.
const PATCH_EOF = 'HARBORVIEW_PATCH';

const oneLine = (text: string): string => text.replace(/[\r\n]+/g, ' ');
const where = (step: RunbookStep): string => (step.host ? ` on ${step.host}` : '');

// A fence longer than any run of backticks in the text, so a step can never close it early.
function fence(text: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  return '`'.repeat(longest + 1);
}

/** The runbook as Markdown: one numbered section per step, commands and diffs in fenced blocks. */
export function runbookMarkdown(runbook: Runbook): string {
  const parts = [
    '# Harborview runbook',
    '',
    'Everything done through the console since the last reset, as an operator would do it by hand.',
  ];
  if (runbook.steps.length === 0) parts.push('', '_Nothing done yet._');
  runbook.steps.forEach((step, i) => {
    parts.push('', `## ${i + 1}. ${oneLine(step.title)}`, '', `_${step.at}${where(step)}_`, '');
    if (step.kind === 'ui') {
      parts.push(...step.text.split('\n').map((line) => `> ${line}`));
      return;
    }
    const f = fence(step.text);
    parts.push(`${f}${step.kind === 'file-edit' ? 'diff' : 'sh'}`, step.text.replace(/\n$/, ''), f);
  });
  return `${parts.join('\n')}\n`;
}

/** The runbook as a POSIX sh script: commands as they are, compose edits as `patch` here-docs, UI steps as comments. */
export function runbookShellScript(runbook: Runbook): string {
  const parts = [
    '#!/bin/sh',
    '# Harborview runbook: everything done through the console since the last reset.',
    '# Each command runs where its comment says (an ESXi host or the Docker VM); run the Docker VM part',
    `# from the directory holding ${COMPOSE_FILE}.`,
    'set -e',
  ];
  runbook.steps.forEach((step, i) => {
    parts.push('', `# ${i + 1}. ${oneLine(step.title)} (${step.at}${where(step)})`);
    if (step.kind === 'ui') parts.push(...step.text.split('\n').map((line) => `# ${line}`));
    else if (step.kind === 'command') parts.push(step.text);
    else parts.push(`patch ${COMPOSE_FILE} <<'${PATCH_EOF}'`, step.text.replace(/\n$/, ''), PATCH_EOF);
  });
  return `${parts.join('\n')}\n`;
}
