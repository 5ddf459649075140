import type { Policy, PolicyValidation } from '@harborview/contracts/policies';
import { TEST_IDS } from '@harborview/testids/testids';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useState } from 'react';

import { Dialog } from '../../shared/ui/Dialog';
import { FormError } from '../../shared/ui/FormField';
import { datastoresQueryOptions } from '../objects/api';
import { policyKeys } from '../policies/api';

import { createPolicy, policyValidationQueryOptions, updatePolicy } from './api';
import { CompatibilityStep } from './components/CompatibilityStep';
import { NameStep } from './components/NameStep';
import { ReviewStep } from './components/ReviewStep';
import type { WizardStep } from './components/StepList';
import { StepList } from './components/StepList';
import { StructureStep } from './components/StructureStep';
import { VsanStep } from './components/VsanStep';
import type { FieldErrors, PolicyForm } from './policy-form';
import { checkNameStep, checkVsanStep, DEFAULT_POLICY_FORM, policyCommand, toPolicyContent } from './policy-form';
import { useDebouncedValue } from './use-debounced-value';

/** Issues about the cluster, not the text: they make a policy INCOMPATIBLE but do not stop the wizard. */
const CLUSTER_CODES = new Set([
  'not-enough-fault-domains',
  'erasure-coding-needs-all-flash',
  'erasure-coding-max-ftt',
  'large-disk-ftt',
  'cache-reservation-all-flash',
]);

/** Whether the content itself is wrong (syntax, unknown capability, type, range), as opposed to the cluster fit. */
export function hasContentErrors(validation: PolicyValidation): boolean {
  return validation.issues.some((i) => i.severity === 'error' && !CLUSTER_CODES.has(i.code));
}

const STEP_TITLES = {
  name: 'Name and description',
  structure: 'Policy structure',
  vsan: 'vSAN',
  compatibility: 'Storage compatibility',
  review: 'Review and finish',
} as const;
type StepId = keyof typeof STEP_TITLES;

function stepsFor(form: PolicyForm): WizardStep[] {
  const ids: StepId[] = [
    'name',
    'structure',
    ...(form.vsanRules ? (['vsan'] as const) : []),
    'compatibility',
    'review',
  ];
  return ids.map((id) => ({ id, title: STEP_TITLES[id] }));
}

export interface PolicyWizardProps {
  /** Edit opens an existing policy's content in raw mode, its name fixed (vmdkops cannot rename). */
  editing?: Policy;
  existingNames: readonly string[];
  onClose: () => void;
  onDone: (policy: Policy) => void;
}

/** Create (or Edit) VM Storage Policy: the vSphere Client's five steps, ending in `policy create|update`. */
export function PolicyWizard({ editing, existingNames, onClose, onDone }: PolicyWizardProps): ReactNode {
  const queryClient = useQueryClient();
  const [form, setForm] = useState<PolicyForm>(() =>
    editing
      ? { ...DEFAULT_POLICY_FORM, name: editing.name, mode: 'raw', rawContent: editing.content }
      : DEFAULT_POLICY_FORM,
  );
  const [stepIndex, setStepIndex] = useState(0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const steps = stepsFor(form);
  const step = (steps[stepIndex]?.id ?? 'name') as StepId;
  const content = toPolicyContent(form);
  const debounced = useDebouncedValue(content, 300);
  const liveCheck = step === 'vsan' && form.mode === 'raw';
  const checkedContent = liveCheck ? debounced : content;
  const validationQuery = useQuery({
    ...policyValidationQueryOptions(checkedContent),
    enabled: liveCheck || step === 'compatibility' || step === 'review',
  });
  const validation = checkedContent === content ? (validationQuery.data ?? null) : null;
  const datastores = useQuery({ ...datastoresQueryOptions(), select: (l) => l.items.filter((d) => d.type === 'vsan') });
  const save = useMutation({
    mutationFn: () => (editing ? updatePolicy(editing.name, content) : createPolicy(form.name.trim(), content)),
    onSuccess: async (policy) => {
      await queryClient.invalidateQueries({ queryKey: policyKeys.all });
      onDone(policy);
    },
  });

  const change = (patch: Partial<PolicyForm>): void => {
    setForm((f) => ({ ...f, ...patch }));
    // Clear a field's error once it is edited; the text stays as typed.
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !(k in patch))));
  };

  const stepErrors = async (): Promise<FieldErrors> => {
    if (step === 'name') return checkNameStep(form, editing ? [] : existingNames);
    if (step === 'vsan' && form.mode === 'form') return checkVsanStep(form);
    if (step === 'vsan') {
      const checked = await queryClient.fetchQuery(policyValidationQueryOptions(form.rawContent));
      return hasContentErrors(checked) ? { rawContent: 'Fix the policy content first' } : {};
    }
    return {};
  };

  const next = async (): Promise<void> => {
    const found = await stepErrors();
    setErrors(found);
    if (Object.keys(found).length === 0) setStepIndex((i) => Math.min(i + 1, steps.length - 1));
  };

  const command = policyCommand(editing ? 'update' : 'create', form.name.trim(), content);
  const last = stepIndex === steps.length - 1;
  return (
    <Dialog
      title={editing ? 'Edit VM Storage Policy' : 'Create VM Storage Policy'}
      onClose={onClose}
      testId={TEST_IDS.policyWizard}
    >
      <div className="flex min-h-96 gap-4">
        <StepList steps={steps} current={stepIndex} onSelect={setStepIndex} />
        <div className="flex min-w-0 flex-1 flex-col gap-3">
          <h3 className="text-base font-semibold">{STEP_TITLES[step]}</h3>
          <div className="flex-1">
            {step === 'name' && (
              <NameStep form={form} errors={errors} nameLocked={Boolean(editing)} onChange={change} />
            )}
            {step === 'structure' && <StructureStep form={form} onChange={change} />}
            {step === 'vsan' && (
              <VsanStep
                form={form}
                errors={errors}
                validation={validation}
                checking={form.mode === 'raw' && (validation === null || validationQuery.isFetching)}
                onChange={change}
              />
            )}
            {step === 'compatibility' && (
              <CompatibilityStep validation={validation} datastores={datastores.data?.map((d) => d.name) ?? []} />
            )}
            {step === 'review' && (
              <ReviewStep form={form} content={content} command={command} validation={validation} />
            )}
          </div>
          {validationQuery.isError && (
            <p role="alert" className="text-sm text-red-700">
              {validationQuery.error.message}
            </p>
          )}
          <FormError error={save.error?.message} />
          <footer className="flex justify-end gap-2 border-t border-slate-200 pt-3 dark:border-slate-700">
            <button type="button" onClick={onClose} className="rounded px-3 py-1 text-sm">
              Cancel
            </button>
            <button
              type="button"
              disabled={stepIndex === 0}
              onClick={() => setStepIndex((i) => i - 1)}
              className="rounded border border-slate-300 px-3 py-1 text-sm disabled:opacity-50"
            >
              Back
            </button>
            {last ? (
              <button
                type="button"
                disabled={save.isPending}
                onClick={() => save.mutate()}
                className="rounded bg-sky-700 px-3 py-1 text-sm text-white disabled:opacity-50"
              >
                Finish
              </button>
            ) : (
              <button
                type="button"
                onClick={() => void next()}
                className="rounded bg-sky-700 px-3 py-1 text-sm text-white"
              >
                Next
              </button>
            )}
          </footer>
        </div>
      </div>
    </Dialog>
  );
}
