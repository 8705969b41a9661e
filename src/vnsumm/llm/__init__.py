"""English briefs from any OpenAI-compatible chat server (Ollama, llama.cpp, vLLM, LM Studio,
``transformers serve``, hosted APIs), guarded by vnsumm's language and fact checks.

``client`` talks to the server (probe, streamed chat with retries, the key's redaction, the
adaptive number of requests in flight), ``prompts`` holds the default prompts (data), ``split`` fits
long articles into the context, ``english`` judges whether an answer is English with the article's
names masked, ``shape`` finds briefs too long, looping or with Vietnamese words, ``threads`` runs
articles side by side, ``stages`` are the summarizer, translator and one-step briefer the registry
builds for ``backend: llm``. Needs ``pip install vnsumm[llm]``.
"""
