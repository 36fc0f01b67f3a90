// The environment osls runs in for tests: no AWS credentials of any kind, so nothing here can need an account.

export const NO_AWS: Readonly<Record<string, string>> = {
  AWS_ACCESS_KEY_ID: '',
  AWS_SECRET_ACCESS_KEY: '',
  AWS_SESSION_TOKEN: '',
  AWS_PROFILE: '',
  AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials',
  AWS_CONFIG_FILE: '/nonexistent/config',
};
