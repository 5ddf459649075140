import { harborviewConfig } from '@harborview/eslint-config';

export default harborviewConfig;
