import type { ComposeErrorCode } from '@harborview/compose/errors';
import { ComposeError } from '@harborview/compose/errors';
import { renderOverride } from '@harborview/compose/override';
import { rewriteCompose } from '@harborview/compose/rewrite';
import type { ValidationContext } from '@harborview/compose/types';
import type { ErrorCode } from '@harborview/contracts/errors';
import type { ComposeMapping, ComposePreview } from '@harborview/contracts/harbor';

import { AppError } from '../errors/app-error';

// A file that is not YAML is a bad request; YAML that is not a usable compose file, or mappings that cannot
// apply to it, are well-formed but refused (422); an oversized upload is 413.
const STATUS_OF: Record<ComposeErrorCode, ErrorCode> = {
  'too-large': 'payload_too_large',
  'too-deep': 'bad_request',
  'alias-bomb': 'bad_request',
  'invalid-yaml': 'bad_request',
  'multiple-documents': 'bad_request',
  'not-a-compose-file': 'unprocessable',
  'unsupported-syntax': 'unprocessable',
  'invalid-mappings': 'unprocessable',
  'verification-failed': 'unprocessable',
};

/** Turns the compose package's error into the API's, naming the offending mapping when there is one. */
export function toComposeAppError(error: ComposeError): AppError {
  const first = error.details[0] as { mappingIndex?: number; message?: string } | undefined;
  const message =
    error.code === 'invalid-mappings' && first?.message !== undefined
      ? `mappings[${first.mappingIndex ?? 0}]: ${first.message}`
      : error.message;
  return new AppError(STATUS_OF[error.code], message, error.details.length ? error.details : undefined);
}

/** The Attach to Harbor wizard's preview: the rewritten file, its diff, warnings, and the override alternative. */
export function previewCompose(text: string, mappings: ComposeMapping[], context: ValidationContext): ComposePreview {
  try {
    const rewrite = rewriteCompose(text, mappings, { context });
    const override = renderOverride(text, mappings, { context });
    return {
      compose: rewrite.compose,
      diff: rewrite.diff,
      // Both renderings warn about the same mounts; say each thing once.
      warnings: [
        ...new Map(
          [...rewrite.warnings, ...override.warnings].map((w) => [
            `${w.code}:${w.message}`,
            { code: w.code, message: w.message },
          ]),
        ).values(),
      ],
      override: { fileName: override.fileName, compose: override.compose },
    };
  } catch (error) {
    if (error instanceof ComposeError) throw toComposeAppError(error);
    throw error;
  }
}
