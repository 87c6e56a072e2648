import { POLICY_KEYS, type PolicyProblem, type PolicyProblemCode } from './managed-policy';
import { issueText, type Say } from '../issue-text';
import type { MessageKey } from '../i18n';

/** The message of each policy problem code. */
export const POLICY_PROBLEM_KEYS = {
  'not-an-object': 'policyNotAnObject',
  'unknown-setting': 'policyUnknownSetting',
  'invalid-value': 'policyInvalidValue',
  'invalid-item': 'policyInvalidItem',
} as const satisfies Record<PolicyProblemCode, MessageKey>;

/** Why a part of the organisation's policy was ignored, in the interface's language (the setting's name is shown beside it). */
export function policyProblemText(problem: PolicyProblem, say: Say): string {
  const detail = problem.issue ? issueText(problem.issue, say) : say.t('issueInvalid', []);
  switch (problem.code) {
    case 'not-an-object':
      return say.t(POLICY_PROBLEM_KEYS[problem.code], []);
    case 'unknown-setting':
      return say.t(POLICY_PROBLEM_KEYS[problem.code], [say.format.list(POLICY_KEYS)]);
    case 'invalid-value':
      return say.t(POLICY_PROBLEM_KEYS[problem.code], [detail]);
    case 'invalid-item':
      return say.t(POLICY_PROBLEM_KEYS[problem.code], [problem.item ?? '', detail]);
  }
}
