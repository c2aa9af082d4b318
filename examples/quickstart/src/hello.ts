// A Lambda function URL handler (payload format 2.0).
export const handler = async (event: { rawPath?: string }) => {
  return {
    statusCode: 200,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ message: process.env.GREETING, stage: process.env.STAGE, path: event.rawPath ?? "/" }),
  };
};
