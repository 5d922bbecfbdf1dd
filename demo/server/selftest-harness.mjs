// The tiny runner both server self-tests share: named steps, timings, and a non-zero exit on the first failure.
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

let step = '';

export async function test(name, fn) {
  step = name;
  const started = Date.now();
  await fn();
  console.log(`ok  ${name} (${Date.now() - started} ms)`);
}

for (const event of ['unhandledRejection', 'uncaughtException']) {
  process.on(event, (error) => {
    console.error(`FAIL ${step}\n`, error);
    process.exit(1);
  });
}
