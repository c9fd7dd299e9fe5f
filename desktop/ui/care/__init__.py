"""Care: usage limits before a call, the therapist panel, farewell, support and helplines."""
