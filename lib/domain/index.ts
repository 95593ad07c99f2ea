// The rules engine's public entry point: pure functions, no database, no clock, no I/O.
export { measureMessage, composeMessage, bareSignature, MAX_MESSAGE_LENGTH, type Measurement, type Region } from './billing/measure';
export { encodeGsm7, decodeGsm7, isGsm7, gsm7Length } from './billing/gsm7';
export {
  quotePackage,
  choosePackage,
  customUnitPriceLi,
  FIXED_PACKAGES,
  MIN_CUSTOM_COUNT,
  MAX_CUSTOM_COUNT,
  MAX_FIXED_QUANTITY,
  type PackageCandidate,
  type Quote,
} from './billing/packages';
export { refundQuote, planRefund, refundUnitPriceLi, withinRefundWindow, REFUND_TABLE_CHANGE, type RefundPlanLine } from './billing/refund';
export {
  validateTemplate,
  renderTemplate,
  numberedVariables,
  namedVariables,
  variableCount,
  hasUnsubscribeInstruction,
  containsLink,
  isCountMismatch,
  TEMPLATE_TYPES,
  INDIVIDUAL_VARIABLE_MAX,
  type TemplateType,
  type RuleProblem,
  type RenderResult,
} from './sms/template';
export {
  validateSignature,
  isNonIdentifiable,
  SIGNATURE_TYPES,
  SIGNATURE_TYPES_BY_IDENTITY,
  NOTES_REQUIRED_TYPES,
  WARNING_RULES,
  type SignatureType,
} from './sms/signature';
export { validateSenderId, validateCampaignName, type FieldCheck } from './sms/campaign';
export { normalizePhone, maskPhone, type NormalizedPhone } from './phone/normalize';
export {
  checkFrequency,
  isMarketingHour,
  individualFrequencyProblem,
  DEFAULT_FREQUENCY,
  INDIVIDUAL_FREQUENCY_CAP,
  CARRIER_DAILY,
  type FrequencyRule,
  type FrequencyResult,
} from './sending/frequency';
export { PIPELINE_ORDER, runPipeline, type Check, type CheckOutcome, type PipelineStep } from './sending/pipeline';
export { expectedReviewBy, isReviewLate, REVIEW_TARGET_MS } from './review/hours';
export { REVIEW_MACHINES, REVIEW_KINDS, canTransition, approvedStatus, type ReviewKind, type ReviewStatus } from './review/state';
export { ERROR_CODES, errorReason, type ErrorCode } from './errors';
export { beijingParts, beijingDayStart, beijingDateKey, fromBeijing, addBeijingMonths } from './time';
export { formatDateTime, formatYuan, formatCount } from './format';
export { sniffImage, imageProblem, MAX_IMAGE_BYTES } from './content/image';
export { isCreditCode, creditCodeCheckChar, isIdNumber, idNumberCheckChar } from './content/identity-numbers';
export { lintTemplate, lintSignature, variableLabels, type LintFinding } from './sms/lint';
export {
  packageStatus,
  countsAsAvailable,
  canDeletePackage,
  USABLE_AFTER_MS,
  PURCHASED_VALID_YEARS,
  ACTIVATION_GIFT,
  MONTHLY_GIFT,
  EXPIRY_WARNING_DAYS,
  ARREARS_GRACE_MS,
  type PackageStatus,
} from './billing/package-status';
export { simulateDelivery, simulateReply, DEFAULT_SIMULATOR, CARRIER_FAILURES, type SimulatorConfig, type SimulatedOutcome } from './sending/simulator';
export { canCancelScheduled, zonedTimeToUtc, isTimeZone, CANCEL_LEAD_MS } from './sending/schedule';
export { detectLayout, checkRow, rowContext, templateNeeds, MAX_FILE_ROWS, MAX_FILE_BYTES, MAX_TYPED_NUMBERS, type Layout, type RowContext, type RowResult } from './sending/rows';
export { resolvePeriod, daysOf, percent, PERIODS, type Period, type PeriodRange } from './stats/period';
export { compileTemplate, fillTemplate, measureFilled, valueProblem, type CompiledTemplate } from './sms/compiled-template';
