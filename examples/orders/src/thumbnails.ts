// Handler for the 'thumbnails' function of the orders example.
export const handler = async (event: unknown) => {
  console.log(JSON.stringify({ function: "thumbnails", event }));
  return { statusCode: 200, body: JSON.stringify({ ok: true }) };
};
