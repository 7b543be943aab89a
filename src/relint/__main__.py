from .replay import main

main()
