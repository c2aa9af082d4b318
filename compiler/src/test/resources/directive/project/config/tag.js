exports.tag = (stage, memory) => `${stage}:${memory}`;
