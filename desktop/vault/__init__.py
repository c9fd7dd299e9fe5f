"""The encrypted store: one SQLCipher database holding everything the user keeps."""
