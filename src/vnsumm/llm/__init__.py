"""English briefs from any OpenAI-compatible chat server (Ollama, llama.cpp, vLLM, LM Studio,
``transformers serve``, hosted APIs), guarded by vnsumm's language and fact checks.

``client`` talks to the server (probe, chat with retries), ``prompts`` holds the default prompts
(data), ``split`` fits long articles into the context, ``stages`` are the summarizer, translator
and one-step briefer the registry builds for ``backend: llm``. Needs ``pip install vnsumm[llm]``.
"""
