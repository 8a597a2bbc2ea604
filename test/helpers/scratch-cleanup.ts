import { removeAllScratchDirs } from '../../emulator/scratch-dir'

// A test file that forgets to close its local cloud (or fails before it does) still leaves no
// 600 MB folder behind.
afterAll(removeAllScratchDirs)
