from .speed.replay import main

main()
