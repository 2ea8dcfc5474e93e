/**
 * The domain's assessment rules with every instrument definition (~60 KiB gzip): a chunk of its
 * own, loaded by the first assessment written on the device, not with the store.
 */
export { evaluateAssessment } from '@birge/domain';
