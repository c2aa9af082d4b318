// CodeDeploy BeforeAllowTraffic hook: calls the new version of checkout before any traffic moves to
// it and reports Succeeded or Failed. CodeDeploy waits for this report (up to an hour), so the hook
// must report in every case, including when the smoke test throws.
import { CodeDeployClient, PutLifecycleEventHookExecutionStatusCommand } from "@aws-sdk/client-codedeploy";
import { InvokeCommand, LambdaClient, paginateListVersionsByFunction } from "@aws-sdk/client-lambda";

type HookEvent = { DeploymentId: string; LifecycleEventHookExecutionId: string };

const codedeploy = new CodeDeployClient({});
const lambda = new LambdaClient({});

async function smokeTest(): Promise<void> {
  const target = process.env.TARGET_FUNCTION;
  if (!target) {
    throw new Error("TARGET_FUNCTION is not set");
  }
  // CloudFormation publishes the new version before it updates the live alias, which starts this
  // deployment; so the newest published version is the one about to receive traffic.
  let version = 0;
  for await (const page of paginateListVersionsByFunction({ client: lambda }, { FunctionName: target })) {
    for (const published of page.Versions ?? []) {
      if (published.Version && published.Version !== "$LATEST") {
        version = Math.max(version, Number(published.Version));
      }
    }
  }
  if (version === 0) {
    throw new Error(`${target} has no published version`);
  }
  const response = await lambda.send(new InvokeCommand({
    FunctionName: `${target}:${version}`,
    Payload: Buffer.from(JSON.stringify({ rawPath: "/", body: JSON.stringify({ items: ["smoke"] }) })),
  }));
  if (response.FunctionError) {
    throw new Error(`version ${version} failed: ${response.FunctionError}`);
  }
  const result = JSON.parse(Buffer.from(response.Payload ?? []).toString("utf8"));
  if (result.statusCode !== 200) {
    throw new Error(`version ${version} answered ${result.statusCode}`);
  }
}

export const handler = async (event: HookEvent): Promise<void> => {
  let status: "Succeeded" | "Failed" = "Succeeded";
  try {
    await smokeTest();
  } catch (error) {
    console.error("smoke test failed", error);
    status = "Failed";
  }
  await codedeploy.send(new PutLifecycleEventHookExecutionStatusCommand({
    deploymentId: event.DeploymentId,
    lifecycleEventHookExecutionId: event.LifecycleEventHookExecutionId,
    status,
  }));
};
