"""Reading schema.yaml: YAML with positions, JSON Schema validation, the model, checks."""
