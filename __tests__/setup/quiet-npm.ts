// npm's update notice ("New minor version of npm available!") goes to stderr of any npm a test starts,
// once a day, whenever the registry is reachable: a clean clone's first `npm test` failed on it. Child
// processes that inherit this environment never print it (helpers/run.ts's firstRunEnv sets it too).
process.env.npm_config_update_notifier = 'false';
