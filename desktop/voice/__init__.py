"""Audio devices, turn detection, speech-to-text, the language model, speech, the pipeline."""
