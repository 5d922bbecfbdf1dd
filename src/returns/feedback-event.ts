// The post-purchase events' details are declared with every other event, in the one contract.
export type { FeedbackDetail, FixChosenDetail } from '../internal/events.js';
