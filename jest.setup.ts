// Tests never reach real AWS: without this, a call with no endpoint would first ask the EC2 metadata address for credentials.
process.env.AWS_EC2_METADATA_DISABLED = "true";
